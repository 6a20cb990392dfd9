/** The engine's throughput benchmark (JMH); run it with the Maven profile "benchmark", never during verify. */
package app.loadwise.recovery.engine.bench;
