package org.forumprotocol.core.delegation;

/** What a person does in the delegation; there is at most one head. */
public enum DelegateRole { HEAD, MEMBER, INTERPRETER, SECURITY, PRESS, STAFF }
