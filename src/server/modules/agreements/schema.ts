// Tables of the agreements module (filled by the module's work).
export {};
