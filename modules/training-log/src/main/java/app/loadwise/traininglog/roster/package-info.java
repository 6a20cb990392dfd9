/** Importing a club's roster (its athletes) from a spreadsheet: dry run, all-or-nothing commit by member id. */
package app.loadwise.traininglog.roster;
