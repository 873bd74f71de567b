-- Data migration, issue 19: the first verdict of the default scale was "Pants on Fire", the
-- words of PolitiFact. Only the neutral six-level scale changes, and only while the label still
-- has the old words (an edit by an admin is kept), and the PolitiFact preset keeps its own words.
-- Verdicts point at the id of the label, so every rating keeps its verdict.
UPDATE "RatingLabel" l
SET "name" = 'Wholly false',
    "slug" = 'wholly-false',
    "description" = 'Not accurate in any part, and far from the facts.'
FROM "RatingScale" s
WHERE s."id" = l."scaleId"
  AND s."slug" = 'six-level'
  AND l."slug" = 'pants-on-fire'
  AND l."name" = 'Pants on Fire'
  AND NOT EXISTS (
    SELECT 1 FROM "RatingLabel" o WHERE o."scaleId" = s."id" AND o."slug" = 'wholly-false'
  );
