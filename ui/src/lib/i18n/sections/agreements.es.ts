// Spanish strings of the agreements screens (keys start with "agreements."). The English file
// beside it is typed against this one.
export const agreementsEs = {} satisfies Record<string, string>;
