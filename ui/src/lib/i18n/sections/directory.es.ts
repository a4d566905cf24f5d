// Spanish strings of the directory screens (keys start with "directory."). The English file
// beside it is typed against this one.
export const directoryEs = {} satisfies Record<string, string>;
