package org.collections.security;

/** The users a set-up starts with: the demo's, or the administrator from the environment. */
interface UserSetup {

    void createUsers();
}
