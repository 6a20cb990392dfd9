/** Athletes' planned sessions (the coach's plan for a week), a Plan sheet from a file, and planned against done. */
package app.loadwise.traininglog.plan;
