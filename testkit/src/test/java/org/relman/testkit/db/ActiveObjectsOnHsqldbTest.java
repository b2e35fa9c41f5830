package org.relman.testkit.db;

class ActiveObjectsOnHsqldbTest extends ActiveObjectsContract implements OnHsqldb {
}
