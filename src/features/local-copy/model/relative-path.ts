// A copy's entries are named by their path relative to the copied folder (`a/b/file`, no leading slash).

/** The folder holding a relative path: '' for an entry at the top. */
export const relativeFolderOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/** The last name of a relative path. */
export const relativeNameOf = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1);
