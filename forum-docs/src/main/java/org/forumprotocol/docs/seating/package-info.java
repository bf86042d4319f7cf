/**
 * Seating: where people sit at an agenda item by the rules of protocol ({@link org.forumprotocol.docs.seating.Seating}),
 * the plan of the room ({@link org.forumprotocol.docs.seating.SeatingPlanPdf}) and the folded place cards
 * ({@link org.forumprotocol.docs.seating.PlaceCardsPdf}). Made from the agenda's working copy until releases exist.
 */
package org.forumprotocol.docs.seating;
