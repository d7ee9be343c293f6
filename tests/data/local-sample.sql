CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, note TEXT, balance REAL, photo BLOB);
INSERT INTO customers (name, note, balance, photo) VALUES ('Ada', 'it''s "quoted"', 12.5, X'00ff10');
INSERT INTO customers (name, note, balance, photo) VALUES ('Bob', 'two
lines', -0.000001, NULL);
INSERT INTO customers (name, note, balance, photo) VALUES ('Cé', 'crlf' || char(13) || char(10) || 'end', 1e21, X'');
INSERT INTO customers (name, note, balance, photo) VALUES ('Dee', NULL, 123456789.125, X'deadbeef');
INSERT INTO customers (name, note, balance, photo) VALUES ('Eve', 'tab	and ünïcödé ✓', 2.0, NULL);
INSERT INTO customers (name, note, balance, photo) VALUES ('Fay', 'small', 1.5e-7, NULL);
INSERT INTO customers (name, note, balance, photo) VALUES ('Gus', 'big', 1.7976931348623157e308, NULL);
CREATE TABLE "order items" ("order id" INTEGER, "qty" INTEGER, price REAL, FOREIGN KEY ("order id") REFERENCES customers(id));
INSERT INTO "order items" VALUES (1, 3, 9.99), (2, -9007199254740991, 0.1), (3, 0, 100);
CREATE TABLE beyond_js (id INTEGER PRIMARY KEY, big INTEGER, huge, r REAL, loose);
INSERT INTO beyond_js VALUES (1, 9007199254740993, 9223372036854775807, 1e999, 2.0);
INSERT INTO beyond_js VALUES (2, -9223372036854775808, -9007199254740993, -1e999, 1e999);
CREATE INDEX customers_by_name ON customers(name);
CREATE VIEW rich AS SELECT name FROM customers WHERE balance > 100;
CREATE TRIGGER customers_touch AFTER UPDATE ON customers BEGIN UPDATE customers SET note = 'touched' WHERE id = NEW.id; END;
