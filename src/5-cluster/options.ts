// The online clusterer's settings and their defaults (tuned with eval/tune.ts; see docs/evaluation.md).
export interface ClusterOptions {
  storyThreshold: number;
  eventThreshold: number;
  /** Features of an article looked up in an index. */
  probeFeatures: number;
  /** Features under which a cluster is indexed. */
  indexFeatures: number;
  centroidFeatures: number;
  /** Days beyond an event's time span after which similarity is penalised. */
  eventGapDays: number;
  /** Penalty per day beyond the gap, capped at maxTimePenalty. */
  timePenaltyPerDay: number;
  maxTimePenalty: number;
  /** Added to an event's similarity for an article published within a day of it. */
  sameDayBonus: number;
  /** Centroid cosine at which two storylines are merged when consolidating. */
  storyMergeThreshold: number;
  /** Centroid cosine at which two events are merged when consolidating. */
  eventMergeThreshold: number;
  /** How much closer than the best event an unplaced neighbour must be for an article to wait for it. */
  partnerMargin: number;
  /** Hours apart at which two articles of one outlet are two days' dispatches (dispatch.ts). */
  outletDayHours: number;
  /** Subtracted from an event's fit for an article whose outlet's dispatch of another day it holds (1: never joins). */
  outletDayPenalty: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  storyThreshold: 0.1,
  eventThreshold: 0.2,
  probeFeatures: 20,
  indexFeatures: 40,
  centroidFeatures: 300,
  eventGapDays: 4,
  timePenaltyPerDay: 0.02,
  maxTimePenalty: 0.3,
  sameDayBonus: 0.05,
  storyMergeThreshold: 0.08,
  eventMergeThreshold: 0.5,
  partnerMargin: 0.05,
  outletDayHours: 18,
  outletDayPenalty: 0.3,
};
