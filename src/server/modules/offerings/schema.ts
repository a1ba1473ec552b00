// Tables of the offerings module (filled by the module's work).
export {};
