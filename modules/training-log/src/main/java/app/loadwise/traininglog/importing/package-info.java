/** Importing training logs from club spreadsheets and watch or app exports: upload, dry run, commit and undo. */
package app.loadwise.traininglog.importing;
