/** REST resources of the training log under /api/v1. */
package app.loadwise.traininglog.rest;
