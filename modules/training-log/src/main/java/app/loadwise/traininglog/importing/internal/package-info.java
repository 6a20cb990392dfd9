/** Reading uploads (CSV and streamed xlsx), recognising their format, mapping columns and parsing values row by row. */
package app.loadwise.traininglog.importing.internal;
