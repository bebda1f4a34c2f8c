// Photo credit conventions. Samples: "Photograph: Jane Roe/Reuters", "(AP Photo/Jane Roe, File)",
// "Jane Roe/AFP via Getty Images", "FILE PHOTO: Smoke rises ...", "[Photo: Meridian Press]".

/** Labels that introduce a credit: "Photo: X", "Photograph by X", "(Image: X)". */
export const CREDIT_LABELS = [
  'Photo credit', 'Image credit', 'Picture credit', 'Photo illustration', 'Photo courtesy', 'Photographs', 'Photograph',
  'Photography', 'Photos', 'Photo', 'Pictures', 'Picture', 'Pic', 'Images', 'Image', 'Illustration', 'Graphic',
  'Credits', 'Credit', 'Video', 'Footage', 'Courtesy',
];

/** Photo desks and agencies that appear on either side of a slash credit: "Reuters/Jane Roe", "Roe/AFP". */
export const PHOTO_AGENCIES = [
  'Getty Images', 'Getty', 'Shutterstock', 'Alamy', 'Alamy Stock Photo', 'Alamy Live News', 'AP Photo', 'AP', 'AFP',
  'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'EFE', 'Anadolu', 'Anadolu Agency', 'NurPhoto', 'SOPA Images',
  'LightRocket', 'ZUMA Press', 'ZUMA Wire', 'Zuma', 'Sipa', 'Sipa USA', 'WireImage', 'iStock', 'iStockphoto',
  'Bloomberg', 'PA', 'PA Images', 'PA Wire', 'PA Media', 'Xinhua', 'Redux', 'Polaris', 'Magnum Photos', 'Handout',
  'HANDOUT', 'Pool', 'POOL', 'File', 'FILE', 'File Photo', 'File photo', 'Supplied', 'dpa', 'Kyodo', 'Yonhap',
];

/**
 * Credits specific enough to end a caption after a plain space: "Smoke rises over the port Getty Images".
 * (A bare "Reuters" after a space could be the end of a sentence, so wire names need a slash or brackets.)
 */
export const CAPTION_END_CREDITS = [
  'Getty Images', 'Shutterstock', 'Alamy Stock Photo', 'Alamy Live News', 'Alamy', 'NurPhoto', 'SOPA Images',
  'ZUMA Press', 'ZUMA Wire', 'WireImage', 'iStockphoto', 'iStock', 'File photo', 'File Photo', 'FILE PHOTO',
];

/** Leading file-photo markers, Reuters style: "FILE PHOTO: A man walks ...". */
export const FILE_PHOTO_PREFIX = /^(FILE PHOTO|File photo|File Photo|FILE)\s*[:\-–—]\s+/u;

/** Words a credit may start with while lowercase: "Photo: courtesy of the family". */
export const CREDIT_LOWER_STARTS = ['courtesy', 'handout', 'supplied', 'file', 'pool', 'via'];

/** Connectors inside an organisation credit: "AFP via Getty Images", "Jane Roe for The Times". */
export const ORG_CONNECTORS = ['via', 'for', 'of', 'and', '&', 'de', 'du', 'der', 'la', 'le', 'the'];
