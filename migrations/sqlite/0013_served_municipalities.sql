-- Which municipalities each organisation serves, in one place: a municipality serves itself,
-- the region's office serves every one, a provider those organisation_serves names. Access
-- decisions (who may see whose handed-in work) and the validators' lists read this view
-- instead of each spelling the rule out.
CREATE VIEW served_municipalities AS
SELECT o.id AS organisation_id, m.id AS municipality_id
FROM organisations o JOIN organisations m ON m.kind = 'municipality'
WHERE o.kind = 'region' OR o.id = m.id
   OR EXISTS (SELECT 1 FROM organisation_serves s
              WHERE s.organisation_id = o.id AND s.municipality_id = m.id);
