/**
 * What the rest of the gateway may know about the database without depending on persistence: that it cannot be
 * reached right now ({@link de.ladewerk.gateway.database.DatabaseUnavailableException}).
 */
package de.ladewerk.gateway.database;
