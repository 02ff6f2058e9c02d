/** The report folder's part of the module. */
export const REPORT_PROVIDERS = [];
export const REPORT_CONTROLLERS = [];
