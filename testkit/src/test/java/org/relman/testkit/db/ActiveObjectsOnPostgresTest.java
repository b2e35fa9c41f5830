package org.relman.testkit.db;

class ActiveObjectsOnPostgresTest extends ActiveObjectsContract implements OnPostgres {
}
