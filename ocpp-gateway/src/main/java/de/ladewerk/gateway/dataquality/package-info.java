/**
 * What Ladewerk refused or corrected of a station's data, and why ({@code ocpp.data_rejections}): a leaf that
 * sessions, station events and their persistence all name without depending on each other.
 */
package de.ladewerk.gateway.dataquality;
