// More attribution verbs, by the verb classes of Levin (1993) "English Verb Classes and
// Alternations": each row the lemma, then its forms. Only the members whose usual sense in news
// copy is a message or an attitude held by someone: "Haddad bristled", "the mayor hailed the
// plan", "critics branded it a stunt". Ambiguous members (roar, cry, sing, project, judge) are
// left out.

/** Manner of speaking (37.3) and complaining (37.8): `“Get out,” Haddad snapped.` */
export const MANNER_OF_SPEAKING = [
  'sound sounded',
  'bark barked barks barking',
  'bellow bellowed bellows bellowing',
  'grumble grumbled grumbles grumbling',
  'growl growled growls growling',
  'holler hollered hollers hollering',
  'mumble mumbled mumbles mumbling',
  'murmur murmured murmurs murmuring',
  'mutter muttered mutters muttering',
  'scream screamed screams screaming',
  'shriek shrieked shrieks shrieking',
  'whisper whispered whispers whispering',
  'whine whined whines whining',
  'sneer sneered sneers sneering',
  'stammer stammered stammers stammering',
  'gripe griped gripes griping',
  'grouse groused grouses grousing',
  'rant ranted rants ranting',
  'rave raved raves raving',
  'gush gushed gushes gushing',
  'fume fumed fumes fuming',
  'muse mused muses musing',
  'riff riffed riffs riffing',
  'interject interjected interjects interjecting',
  'bristle bristled bristles bristling',
  'snipe sniped snipes sniping',
  'jab jabbed jabs jabbing',
  'needle needled needles needling',
];

/** Verbs of saying (37.7), advising (37.9) and asserting: "Haddad confided that …". */
export const SAYING = [
  'affirm affirmed affirms affirming',
  'reaffirm reaffirmed reaffirms reaffirming',
  'articulate articulated articulates articulating',
  'blurt blurted blurts blurting',
  'confess confessed confesses confessing',
  'confide confided confides confiding',
  'convey conveyed conveys conveying',
  'divulge divulged divulges divulging',
  'relay relayed relays relaying',
  'opine opined opines opining',
  'posit posited posits positing',
  'profess professed professes professing',
  'aver averred avers averring',
  'avow avowed avows avowing',
  'swear swore sworn swears swearing',
  'underscore underscored underscores underscoring',
  'underline underlined underlines underlining',
  'reassure reassured reassures reassuring',
  'alert alerted alerts alerting',
  'notify notified notifies notifying',
  'admonish admonished admonishes admonishing',
  'encourage encouraged encourages encouraging',
  'protest protested protests protesting',
  'herald heralded heralds heralding',
  'bemoan bemoaned bemoans bemoaning',
  'downplay downplayed downplays downplaying',
  'reference referenced references referencing',
  'retweet retweeted retweets retweeting',
  'instruct instructed instructs instructing',
  'implore implored implores imploring',
  'plead pleaded pled pleads pleading',
  'beg begged begs begging',
  'inquire inquired inquires inquiring',
  'query queried queries querying',
  'concur concurred concurs concurring',
  'dispute disputed disputes disputing',
  'contradict contradicted contradicts contradicting',
  'refute refuted refutes refuting',
  'forecast forecasted forecasts forecasting',
  'speculate speculated speculates speculating',
  'theorize theorized theorizes theorizing theorise theorised',
  'surmise surmised surmises surmising',
  'clarify clarified clarifies clarifying',
  'elaborate elaborated elaborates elaborating',
  'lecture lectured lectures lecturing',
  'preach preached preaches preaching',
  'broach broached broaches broaching',
  'hypothesize hypothesized hypothesizes hypothesizing',
  'insinuate insinuated insinuates insinuating',
  'conjecture conjectured conjecturing',
  'reminisce reminisced reminisces reminiscing',
  'entreat entreated entreats entreating',
  'justify justified justifies justifying',
  'apologize apologized apologizes apologizing apologise apologised',
  // "a petition": the bare form is a noun, left out (verbs.ts NEVER_CUES).
  'petition petitioned petitioning',
  // Taking back or disowning a statement or a backer: "Okafor disavowed the remarks", "she retracted her claim".
  'disavow disavowed disavows disavowing',
  'renounce renounced renounces renouncing',
  'repudiate repudiated repudiates repudiating',
  'recant recanted recants recanting',
  'retract retracted retracts retracting',
  'disown disowned disowns disowning',
  // Urging by talk (Levin's force verbs, 59): "Okafor persuaded the council to wait", "aides pressured him to quit"
  // ("convinced" is left to the adjective of attitude: "were convinced the mill would close").
  'persuade persuaded persuades persuading',
  'convince convinces convincing',
  'coax coaxed coaxes coaxing',
  'cajole cajoled cajoles cajoling',
  'exhort exhorted exhorts exhorting',
  'pressure pressured pressuring',
  'prod prodded prods prodding',
  'goad goaded goads goading',
];

/** Judgment (33): praise and blame addressed to someone: "the mayor hailed the ruling". */
export const JUDGMENT = [
  'applaud applauded applauds applauding',
  'commend commended commends commending',
  'congratulate congratulated congratulates congratulating',
  'hail hailed hails hailing',
  'laud lauded lauds lauding',
  'salute saluted salutes saluting',
  'chastise chastised chastises chastising',
  'chide chided chides chiding',
  'scold scolded scolds scolding',
  'rebuke rebuked rebukes rebuking',
  'reprimand reprimanded reprimands reprimanding',
  'berate berated berates berating',
  'castigate castigated castigates castigating',
  'censure censured censures censuring',
  'lambaste lambasted lambastes lambasting',
  'excoriate excoriated excoriates excoriating',
  'assail assailed assails assailing',
  'bash bashed bashes bashing',
  'ridicule ridiculed ridicules ridiculing',
  'deride derided derides deriding',
  'disparage disparaged disparages disparaging',
  'belittle belittled belittles belittling',
  'vilify vilified vilifies vilifying',
  'demonize demonized demonizes demonizing demonise demonised',
  'fault faulted faults faulting',
  'scorn scorned scorns scorning',
  'taunt taunted taunts taunting',
  'insult insulted insults insulting',
  'smear smeared smears smearing',
  'ding dinged dings dinging',
  'acclaim acclaimed acclaims',
  'extol extolled extols extolling',
  'reproach reproached reproaches reproaching',
  'deplore deplored deplores deploring',
  'lampoon lampooned lampoons lampooning',
  'skewer skewered skewers skewering',
  'savage savaged savaging',
  'tease teased teases teasing',
  'trumpet trumpeted trumpets trumpeting',
  'champion championed championing',
  'mourn mourned mourns mourning',
];

/** Characterize (29.2): naming someone as something: "critics branded the plan a stunt". */
export const CHARACTERIZE = [
  'label labeled labelled labels labeling labelling',
  'brand branded brands branding',
  'dub dubbed dubs dubbing',
  'characterize characterized characterizes characterizing characterise characterised',
  'portray portrayed portrays portraying',
  'depict depicted depicts depicting',
  'deem deemed deems deeming',
  'liken likened likens likening',
];

/** Conjecture (29.5) and other attitudes: "aides suspect …", "Haddad doubts …". */
export const ATTITUDE = [
  'reckon reckoned reckons reckoning',
  'presume presumed presumes presuming',
  'guess guessed guesses guessing',
  'ponder pondered ponders pondering',
  'anticipate anticipated anticipates anticipating',
  'foresee foresaw foreseen foresees foreseeing',
  'envision envisioned envisions envisioning',
  'remember remembered remembers remembering',
  'forget forgot forgotten forgets forgetting',
  'admire admired admires admiring',
  'appreciate appreciated appreciates appreciating',
  'resent resented resents resenting',
  'regret regretted regrets regretting',
  'detest detested detests detesting',
  'despise despised despises despising',
  'loathe loathed loathes loathing',
  'embrace embraced embraces embracing',
  // "voted for", "voted against"; the other forms are mostly nouns or the act of casting a ballot.
  'vote voted',
];

/** Appearance (raising verbs): "the deal seemed doomed", "it appears that …"; handled apart (raising.ts). */
export const APPEARANCE = ['seem seemed seems seeming', 'appear appeared appears appearing'];

/** Forms of the rows above that are nouns as often as verbs ("a whisper", "the vote"): verbs only before a clause. */
export const CLASS_NOUN_FORMS: readonly string[] = `scream screams whisper whispers rant rants gripe gripes murmur bark growl fumes muse
  riff riffs jab jabs needle needles  forecast forecasts dispute disputes query queries
  lecture lectures insult insults smear smears fault faults salute rebuke censure scorn taunt taunts label labels brand
  brands guess regret regrets embrace vote votes alert alerts sneer hail ding dings protest protests reference references
  retweet retweets pressure prod prods`.split(/\s+/);

/** Participles of praise, blame and claiming whose passive subject is the target: "the levy was criticized by farmers". */
export const PASSIVE_TARGETS = `criticized criticised attacked accused praised condemned denounced rejected questioned challenged
  blamed mocked ridiculed slammed lambasted blasted hailed applauded endorsed supported opposed claimed disputed echoed
  derided disparaged chastised rebuked scolded faulted`.split(/\s+/);

/** Participles naming a work by its title (Levin's dub verbs, 29.3): "an ad titled “Scam”", "the book is entitled …". */
export const TITLE_PARTICIPLES: readonly string[] = ['titled', 'entitled', 'subtitled'];

/**
 * Participles that report without a source in the passive: "Okafor was asked whether …", "the
 * levy is seen as doomed", "the mayor is said to favour it", "it was reported that …".
 */
export const PASSIVE_REPORTS = `asked seen considered regarded viewed described believed thought said reported rumored rumoured
  alleged quoted announced declared deemed projected predicted touted billed known`.split(/\s+/);
