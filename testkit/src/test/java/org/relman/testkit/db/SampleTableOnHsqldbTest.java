package org.relman.testkit.db;

class SampleTableOnHsqldbTest extends SampleTableContract implements OnHsqldb {
}
