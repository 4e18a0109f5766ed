/**
 * Who the app is to the operating system. The id must equal electron-builder's appId so
 * Windows groups the taskbar button and shortcuts with the installed app (a unit test
 * checks the two agree).
 */
export const productName = 'Care Appraisals';
export const appId = 'uk.co.careappraisals.app';
