//! What differs between an approved acta and the record as it stands today, named
//! part by part: which agreement, decision, attendance, agenda item or quorum check,
//! and which field. The approved acta is intact by its hash; this says whether the
//! archive under it is, since the store's triggers can be dropped by hand.
//!
//! Both sides are compared in their stored JSON form (format 2: the typed record;
//! format 1: the worded Spanish content), walked field by field; arrays of records
//! are matched in order, each named by its own key (number, position, state code,
//! person's name).

use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use pleno_domain::{Language, Localized, Text};

/// The part of the acta a difference is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum RecordPart {
    /// The meeting itself: title, opening, approval of the agenda, closing.
    Meeting,
    /// A state's presence, a delegate, an observer or a guest.
    Attendance,
    Quorum,
    AgendaItem,
    Decision,
    Agreement,
    FollowUp,
    Signature,
}

/// How the part differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum ChangeKind {
    Changed,
    /// A person's name differs: most likely corrected in the directory since.
    NameCorrected,
    /// In today's record, not in the approved acta.
    Added,
    /// In the approved acta, no longer in today's record.
    Removed,
}

/// One difference between the approved acta and today's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MinutesDifference {
    pub part: RecordPart,
    /// Which one: the agreement's number, the item's position, "item/decision"
    /// ("4/1"), "state/person" ("CR/María Pérez"), as approved.
    pub reference: String,
    /// The field that differs ("text", "presence", "due"); empty when the whole
    /// part was added or removed.
    pub field: String,
    pub change: ChangeKind,
    /// The difference in words, for the app to show in the interface's language.
    pub words: Text,
}

impl MinutesDifference {
    /// The stored acta or today's draft could not be read: the whole meeting differs.
    pub fn unreadable() -> Self {
        let place = Place { part: RecordPart::Meeting, reference: Vec::new(), field: Vec::new() };
        difference(&place, String::new(), ChangeKind::Changed)
    }
}

/// Every difference from `approved` to `today` (both the stored JSON form).
pub fn differences(approved: &Value, today: &Value) -> Vec<MinutesDifference> {
    let mut out = Vec::new();
    walk(&Place { part: RecordPart::Meeting, reference: Vec::new(), field: Vec::new() }, approved, today, &mut out);
    out
}

#[derive(Clone)]
struct Place {
    part: RecordPart,
    reference: Vec<String>,
    field: Vec<String>,
}

/// The arrays whose elements are records of their own, and the part they are.
fn part_of(key: &str) -> Option<RecordPart> {
    Some(match key {
        "states" | "delegates" | "observers" | "guests" => RecordPart::Attendance,
        "quorum" => RecordPart::Quorum,
        "items" => RecordPart::AgendaItem,
        "decisions" => RecordPart::Decision,
        "agreements" => RecordPart::Agreement,
        "follow_ups" => RecordPart::FollowUp,
        "signatures" => RecordPart::Signature,
        _ => return None,
    })
}

fn walk(place: &Place, approved: &Value, today: &Value, out: &mut Vec<MinutesDifference>) {
    if approved == today {
        return;
    }
    match (approved, today) {
        (Value::Object(a), Value::Object(t)) => {
            let keys = a.keys().chain(t.keys().filter(|k| !a.contains_key(*k)));
            for key in keys {
                let (av, tv) = (a.get(key).unwrap_or(&Value::Null), t.get(key).unwrap_or(&Value::Null));
                match (part_of(key), av, tv) {
                    (Some(part), Value::Array(aa), Value::Array(ta)) => records(place, part, key, aa, ta, out),
                    _ => {
                        let mut inner = place.clone();
                        inner.field.push(key.clone());
                        walk(&inner, av, tv, out);
                    }
                }
            }
        }
        _ => out.push(difference(place, place.field.join("."), changed(place))),
    }
}

/// A person's name is the one field the directory corrects on its own.
fn changed(place: &Place) -> ChangeKind {
    let person = matches!(place.part, RecordPart::Attendance | RecordPart::Signature);
    if person && place.field.len() == 1 && place.field[0] == "name" {
        ChangeKind::NameCorrected
    } else {
        ChangeKind::Changed
    }
}

fn records(
    place: &Place,
    part: RecordPart,
    key: &str,
    approved: &[Value],
    today: &[Value],
    out: &mut Vec<MinutesDifference>,
) {
    for i in 0..approved.len().max(today.len()) {
        let element = approved.get(i).or(today.get(i)).unwrap_or(&Value::Null);
        let mut inner = Place { part, reference: place.reference.clone(), field: Vec::new() };
        inner.reference.push(label(key, i, element));
        match (approved.get(i), today.get(i)) {
            (Some(a), Some(t)) => walk(&inner, a, t, out),
            (Some(_), None) => out.push(difference(&inner, String::new(), ChangeKind::Removed)),
            (None, _) => out.push(difference(&inner, String::new(), ChangeKind::Added)),
        }
    }
}

/// How a person reads which record this is: its own number or name, else its place.
fn label(key: &str, index: usize, element: &Value) -> String {
    let own = match key {
        "agreements" => element.get("number"),
        "items" => element.get("position"),
        "states" => element.get("code"),
        "delegates" | "observers" | "guests" | "signatures" => element.get("name"),
        "follow_ups" => element.get("agreement"),
        _ => None,
    };
    match own {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => (index + 1).to_string(),
    }
}

fn difference(place: &Place, field: String, change: ChangeKind) -> MinutesDifference {
    let mut d = MinutesDifference {
        part: place.part,
        reference: place.reference.join("/"),
        field,
        change,
        words: Text::default(),
    };
    d.words = Text::new(d.localized(Language::Es), d.localized(Language::En));
    d
}

impl Localized for RecordPart {
    fn localized(&self, lang: Language) -> String {
        use RecordPart::*;
        let (es, en) = match self {
            Meeting => ("la reunión", "the meeting"),
            Attendance => ("la asistencia", "the attendance"),
            Quorum => ("la verificación del quórum", "the quorum check"),
            AgendaItem => ("el punto de agenda", "the agenda item"),
            Decision => ("la decisión", "the decision"),
            Agreement => ("el acuerdo", "the agreement"),
            FollowUp => ("el seguimiento del acuerdo", "the follow-up of agreement"),
            Signature => ("la firma", "the signature"),
        };
        lang.pick(es, en).to_string()
    }
}

/// The record's field names as a person reads them; the typed `field` keeps the key.
const FIELD_WORDS: &[(&str, &str, &str)] = &[
    ("text", "texto", "text"),
    ("title", "título", "title"),
    ("presenter", "presentador", "presenter"),
    ("notes", "narración", "narrative"),
    ("position", "posición", "position"),
    ("number", "número", "number"),
    ("responsible", "responsables", "responsible"),
    ("due", "fecha límite", "due date"),
    ("advances", "avances del plan", "plan links"),
    ("presence", "presencia", "presence"),
    ("presence.kind", "presencia", "presence"),
    ("presence.stays", "horas de llegada y salida", "arrival and departure times"),
    ("opening.city", "ciudad", "city"),
    ("opening.country", "país", "country"),
    ("opening.date", "fecha", "date"),
    ("opening.time", "hora de inicio", "starting time"),
    ("opening.modality", "modalidad", "modality"),
    ("opening.convened_by", "convocante", "convened by"),
    ("closed_at", "hora de cierre", "closing time"),
    ("agenda_approval.time", "hora de aprobación de la agenda", "time the agenda was approved"),
    ("agenda_approval.amendments", "enmiendas a la agenda", "amendments to the agenda"),
    ("remote", "modalidad (presencial o remota)", "mode (in person or remote)"),
    ("role", "rol", "role"),
    ("institution", "institución", "institution"),
    ("present", "presencia del Estado", "state's presence"),
    ("method", "método", "method"),
    ("votes", "votos", "votes"),
    ("count", "conteo", "count"),
    ("recount", "recuento", "recount"),
    ("reservations", "reservas", "reservations"),
    ("objections", "objeciones", "objections"),
    ("adopted", "resultado", "result"),
    ("status", "estado", "status"),
];

fn field_words(field: &str, lang: Language) -> String {
    match FIELD_WORDS.iter().find(|(key, _, _)| *key == field) {
        Some((_, es, en)) => lang.pick(*es, *en).to_string(),
        None => field.to_string(),
    }
}

impl Localized for MinutesDifference {
    fn localized(&self, lang: Language) -> String {
        let part = self.part.localized(lang);
        let which = if self.reference.is_empty() { part } else { format!("{part} {}", self.reference) };
        let field = field_words(&self.field, lang);
        match (self.change, lang) {
            (ChangeKind::Changed, Language::Es) => format!("{which}: el campo «{field}» difiere de lo aprobado"),
            (ChangeKind::Changed, Language::En) => {
                format!("{which}: the field «{field}» differs from what was approved")
            }
            (ChangeKind::NameCorrected, Language::Es) => {
                format!("{which}: el nombre difiere de lo aprobado (¿corregido en el directorio?)")
            }
            (ChangeKind::NameCorrected, Language::En) => {
                format!("{which}: the name differs from what was approved (corrected in the directory?)")
            }
            (ChangeKind::Added, Language::Es) => format!("{which}: está en el registro pero no en el acta aprobada"),
            (ChangeKind::Added, Language::En) => format!("{which}: is in the record but not in the approved minutes"),
            (ChangeKind::Removed, Language::Es) => {
                format!("{which}: está en el acta aprobada pero ya no en el registro")
            }
            (ChangeKind::Removed, Language::En) => {
                format!("{which}: is in the approved minutes but no longer in the record")
            }
        }
    }
}
