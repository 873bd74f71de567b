-- Data migration, issue 19: the old name of the default scale was a trademark of PolitiFact
UPDATE "RatingScale"
SET "name" = 'Six-level scale (False to True)',
    "description" = 'Six ordered verdicts from the most false (1) to True (6).'
WHERE "slug" = 'six-level'
  AND "name" = 'Truth-O-Meter (6 levels)'
  AND NOT EXISTS (SELECT 1 FROM "RatingScale" WHERE "name" = 'Six-level scale (False to True)');
