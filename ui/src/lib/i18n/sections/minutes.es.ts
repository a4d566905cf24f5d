// Spanish strings of the minutes (acta) screens (keys start with "minutes."). The
// English file beside it is typed against this one.
export const minutesEs = {
  'minutes.link': 'Acta',
  'minutes.heading': 'Acta de la {title}',
  'minutes.back.meeting': '← {title}',
  'minutes.back.list': '← Todas las reuniones',
  'minutes.notFound.title': 'Esta reunión no existe',
  'minutes.notFound.body': 'No hay acta que mostrar. Puede que la dirección esté mal escrita; la lista de reuniones muestra todas las que hay.',
  'minutes.noValue': '—',
  'minutes.languageNote': 'El acta se redacta en español, el idioma de trabajo de la Coalición.',

  'minutes.status.borrador': 'Borrador',
  'minutes.status.circulada': 'Circulada — versión {version}',
  'minutes.status.aprobada': 'Aprobada',

  'minutes.action.circulate': 'Circular para comentarios',
  'minutes.action.circulateVersion': 'Circular la versión {version} para comentarios',
  'minutes.action.recirculate': 'Circular la versión {version}',
  'minutes.action.approve': 'Aprobar en una reunión posterior…',

  'minutes.draftNote':
    'El borrador se redacta a partir del registro de la reunión; sus relaciones se conservan al volver a generarlo.',
  'minutes.borradorNote':
    'Escriba la relación de cada punto y circule el acta para comentarios; solo un acta circulada se puede aprobar.',
  'minutes.circulatedNote':
    'La versión {version} está en circulación. Si corrige una relación, circule una nueva versión antes de aprobarla.',
  'minutes.circulatedEdited':
    'Ha cambiado relaciones después de circular la versión {version}: circule la nueva versión para que las delegaciones comenten el texto que se aprobará.',
  'minutes.meetingOpen':
    'La reunión todavía no se ha cerrado: el acta se completará con lo que se registre hasta el cierre.',

  'minutes.circulate.title': '¿Circular la versión {version} del acta?',
  'minutes.circulate.confirm': 'Circular para comentarios',
  'minutes.circulate.bodyFirst':
    'Se registra la versión 1 del acta, redactada a partir del registro y de las relaciones tal como están ahora, para que las delegaciones la comenten. Podrá seguir corrigiendo las relaciones y circular nuevas versiones hasta su aprobación.',
  'minutes.circulate.bodyAgain':
    'Ya circuló la versión {version}. Circular de nuevo crea la versión {next} con el registro y las relaciones actuales; las delegaciones deberán comentar la nueva versión.',

  'minutes.approve.title': 'Aprobar el acta de la {title}',
  'minutes.approve.confirm': 'Aprobar el acta',
  'minutes.approve.meeting': 'Reunión en que se aprueba',
  'minutes.approve.option': '{title} — {date}',
  'minutes.approve.noItem': 'sin el punto «Lectura y aprobación del acta anterior»',
  'minutes.approve.noLater':
    'No hay ninguna reunión posterior en la que aprobar el acta. Cree o convoque la próxima reunión, con el punto «Lectura y aprobación del acta anterior» en su agenda.',
  'minutes.approve.createMeeting': 'Crear la próxima reunión',
  'minutes.approve.thatMeeting': 'la reunión elegida',
  'minutes.approve.explain':
    'La aprobación queda registrada como una decisión por consenso de la {meeting}, tomada ahora, en su punto «Lectura y aprobación del acta anterior». Pleno no la registra si en esa reunión no hay quórum.',
  'minutes.approve.lockWarning':
    'Una vez aprobada, el acta no se puede modificar: las correcciones se hacen con una fe de erratas.',

  'minutes.locked.title': 'Acta aprobada',
  'minutes.locked.body':
    'Acta aprobada en la {meeting} el {date}. No se puede modificar; las correcciones se hacen con una fe de erratas.',
  'minutes.locked.bodyShort': 'No se puede modificar; las correcciones se hacen con una fe de erratas.',

  'minutes.dialog.cancel': 'Cancelar',
  'minutes.dialog.working': 'Un momento…',
  'minutes.dialog.loadingMeetings': 'Cargando las reuniones posteriores…',

  'minutes.doc.draftMark': 'BORRADOR',
  'minutes.doc.number': 'Acta Nº {number}',
  'minutes.doc.attendance': 'Asistencia',
  'minutes.doc.observers': 'Observadores',
  'minutes.doc.guests': 'Personas invitadas',
  'minutes.doc.quorum': 'Verificación del quórum',
  'minutes.doc.agendaApproval': 'Aprobación de la agenda',
  'minutes.doc.items': 'Desarrollo de la sesión',
  'minutes.doc.noItems': 'La agenda de la reunión todavía no tiene puntos; añádalos en la pestaña Agenda de la reunión.',
  'minutes.doc.agreements': 'Acuerdos',
  'minutes.doc.followUps': 'Seguimiento de acuerdos anteriores',
  'minutes.doc.signatures': 'Firmas',

  'minutes.attendance.summary': '{present} de {members} Estados miembros presentes.',
  'minutes.attendance.state': 'Estado',
  'minutes.attendance.delegate': 'Delegación',
  'minutes.attendance.presence': 'Asistencia',
  'minutes.attendance.name': 'Nombre',
  'minutes.attendance.institution': 'Institución',
  'minutes.attendance.notPresent': 'no presente',
  'minutes.attendance.noDelegates': 'Sin asistencia registrada',
  'minutes.attendance.remote': 'a distancia',
  'minutes.attendance.none': 'Ninguno.',

  'minutes.quorum.none': 'No se registró ninguna verificación del quórum.',
  'minutes.quorum.time': 'Hora',
  'minutes.quorum.reason': 'Momento',
  'minutes.quorum.present': 'Estados presentes',
  'minutes.quorum.result': 'Resultado',
  'minutes.quorum.count': '{present} de {members} (se requieren {required})',
  'minutes.quorum.yes': 'Hay quórum',
  'minutes.quorum.no': 'Sin quórum',

  'minutes.item.presenter': 'Presenta: {presenter}',

  'minutes.narrative.label': 'Relación del punto «{title}»',
  'minutes.narrative.placeholder': 'Resumen de la exposición y del debate…',
  'minutes.narrative.hint':
    'Párrafos separados por una línea en blanco; las listas, con líneas que empiezan por «- ». Se guarda al salir del campo o con Ctrl+Intro.',
  'minutes.narrative.save': 'Guardar relación',
  'minutes.narrative.saving': 'Guardando…',
  'minutes.narrative.saved': 'Guardado',
  'minutes.narrative.unsaved': 'Cambios sin guardar',

  'minutes.decision.label': 'Decisión ({method}, {time} horas)',
  'minutes.decision.adopted': 'Adoptada',
  'minutes.decision.rejected': 'No adoptada',
  'minutes.decision.rule': 'Mayoría requerida: {rule}',
  'minutes.decision.votesCaption': 'Votos por Estado',
  'minutes.decision.state': 'Estado',
  'minutes.decision.vote': 'Voto',
  'minutes.decision.count': 'Conteo',
  'minutes.decision.recount': 'Recuento',
  'minutes.decision.discrepancy':
    'El recuento de la Secretaría Técnica difiere del conteo; consta el recuento.',
  'minutes.decision.reservations': 'Reservas',
  'minutes.decision.objections': 'Objeciones',

  'minutes.agreements.none': 'En esta reunión no se adoptaron acuerdos.',
  'minutes.agreements.number': 'Acuerdo {number}',
  'minutes.agreements.responsible': 'Responsable',
  'minutes.agreements.due': 'Plazo',
  'minutes.agreements.noDue': 'Sin plazo',
  'minutes.agreements.advances': 'Contribuye a',

  'minutes.followUps.agreement': 'Acuerdo',
  'minutes.followUps.report': 'Informe',
  'minutes.followUps.status': 'Estado',

  'minutes.signature.vacant': 'Cargo vacante',

  'minutes.integrity.title': 'Integridad',
  'minutes.integrity.intro':
    'La huella SHA-256 resume el texto aprobado y la huella del acta aprobada antes que esta: cualquier cambio posterior en el acta, o en una anterior, la altera.',
  'minutes.integrity.hash': 'Huella SHA-256',
  'minutes.integrity.previous': 'Huella del acta anterior',
  'minutes.integrity.first': 'Ninguna: es la primera acta aprobada de la cadena.',
  'minutes.integrity.verify': 'Verificar integridad',
  'minutes.integrity.verifying': 'Verificando…',
  'minutes.integrity.intact': 'Íntegra.',
  'minutes.integrity.intactBody': 'El texto guardado corresponde a su huella y a la cadena de actas aprobadas.',
  'minutes.integrity.altered': 'Alterada.',
  'minutes.integrity.alteredBody':
    'El texto guardado ya no corresponde a su huella: alguien lo cambió fuera de Pleno. Conserve una copia de la base de datos e informe a la Presidencia.',
  'minutes.integrity.matches': 'El registro actual de la reunión sigue redactando la misma acta.',
  'minutes.integrity.differs':
    'El registro de la reunión cambió después de la aprobación (por ejemplo, la corrección de un nombre). El acta aprobada no cambia; si el cambio la afecta, registre una fe de erratas.',
  'minutes.integrity.notInChain': 'Esta acta no figura en la cadena de actas aprobadas.',
  'minutes.integrity.chainOkOne': 'La cadena completa está íntegra ({count} acta aprobada).',
  'minutes.integrity.chainOkMany':  'La cadena completa está íntegra ({count} actas aprobadas).',
  'minutes.integrity.chainBroken': 'La cadena de actas está alterada a partir del acta de la {title}.',

  'minutes.errata.title': 'Fe de erratas',
  'minutes.errata.none': 'Esta acta no tiene fe de erratas.',
  'minutes.errata.recorded': 'Registrada el {date}',
  'minutes.errata.approvedAt': 'Aprobada en la {meeting} el {date}',
  'minutes.errata.approvedBy': 'Aprobada en la {meeting}',
  'minutes.errata.pending': 'Pendiente de aprobación',
  'minutes.errata.approve': 'Aprobar fe de erratas en…',
  'minutes.errata.approveTitle': 'Aprobar la fe de erratas',
  'minutes.errata.approveConfirm': 'Aprobar la fe de erratas',
  'minutes.errata.approveBody':
    'La fe de erratas se aprueba en una reunión posterior al acta y se imprime con ella, sin cambiar su texto ni su huella.',
  'minutes.errata.textLabel': 'Registrar una fe de erratas',
  'minutes.errata.placeholder': 'Dice: … Debe decir: …',
  'minutes.errata.hint': 'Indique qué dice el acta y qué debe decir. Se aprueba después en una reunión posterior.',
  'minutes.errata.required': 'Escriba el texto de la fe de erratas.',
  'minutes.errata.add': 'Registrar fe de erratas',
} satisfies Record<string, string>;
