/** REST resources for scoring runs and weekly scores under /api/v1. */
package app.loadwise.recovery.rest;
