package org.forumprotocol.core.delegation;

/** Chooses the forms of address (г-н / г-жа, Mr / Ms); unspecified uses neutral forms. */
public enum Gender { MALE, FEMALE, UNSPECIFIED }
