package org.missionkg.extract;

/**
 * What a date does in its clause, read from the words before it: "since July 2018" starts
 * something, "until November 2020" ends it, "between June 2018 and May 2019" bounds it, and
 * "on Wednesday" dates an event.
 */
enum DateRole { AT, SINCE, FROM, UNTIL }
