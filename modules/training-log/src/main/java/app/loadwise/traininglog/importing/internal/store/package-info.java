/** Imports of training logs from files: the record of each upload, its row errors, matches held for review, saved column mappings. */
package app.loadwise.traininglog.importing.internal.store;
