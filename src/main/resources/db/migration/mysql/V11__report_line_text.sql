-- A Success or Duplicate report line no longer stores its text: the report writes it from the line's
-- figures when read (LineText), so only Failure and Superseded lines fill message. Lines stored
-- before keep theirs (they are read as stored) until retention removes them; a previous release
-- still running beside this one shows an empty text on the new lines.
ALTER TABLE import_line MODIFY message VARCHAR(1024) NULL;
