package app.loadwise.traininglog.importing.internal;

/** What the rows of a sheet describe. */
public enum SheetKind { SESSIONS, WELLNESS }
