package org.relman.testkit.db;

class SampleTableOnPostgresTest extends SampleTableContract implements OnPostgres {
}
