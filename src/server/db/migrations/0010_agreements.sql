-- Placeholder: filled by the module that owns it.
SELECT 1;
