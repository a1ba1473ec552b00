// Tables of the rooms module (filled by the module's work).
export {};
