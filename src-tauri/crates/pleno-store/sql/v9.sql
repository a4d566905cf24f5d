-- v9: the archive at a thousand times its size. The register's page order
-- (meeting date, meeting, order in the meeting) is already served by
-- meeting_starts_on and agreement (meeting_id, sequence); these indexes serve
-- the counts per status (and "vencido", from the due date) and the filters by
-- adoption year, and let the indicators count without reading every agreement.
CREATE INDEX agreement_status_due ON agreement (status, due_on);
CREATE INDEX agreement_adopted_on ON agreement (adopted_on);
CREATE INDEX agreement_follow_up_fulfilled ON agreement_follow_up (new_status, agreement_id, reported_on);
CREATE INDEX attendance_meeting_country ON attendance (meeting_id, country_code, role);
