// Spanish strings of the meetings screens (keys start with "meetings."). The English file
// beside it is typed against this one.
export const meetingsEs = {} satisfies Record<string, string>;
