/** The training log's public API: clubs, athletes, sessions and wellness as services and records. */
package app.loadwise.traininglog;
