/** Where the audits screen lives; the side navigation labels it "Audits and retention". */
export const auditsPath = '/audits';
export const auditsNavLabel = 'Audits and retention';
