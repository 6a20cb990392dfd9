/** Reading roster files into checked rows, and planning what a roster import creates and updates. */
package app.loadwise.traininglog.roster.internal;
