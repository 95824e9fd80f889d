-- fklab's band and listing tables (migrations 0001 to 0003) for sqlite3: the same primary keys, foreign key and index.
CREATE TABLE band (id INTEGER NOT NULL CONSTRAINT pk_band PRIMARY KEY, name VARCHAR(100) NOT NULL);
CREATE TABLE listing (id INTEGER NOT NULL CONSTRAINT pk_listing PRIMARY KEY, title VARCHAR(100) NOT NULL,
  band_id BIGINT CONSTRAINT fk_listing_band REFERENCES band (id) ON DELETE SET NULL);
CREATE INDEX ix_listing_band_id ON listing (band_id);
