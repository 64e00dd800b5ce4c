-- 所管課: the city's departments (reference data edited by administrators).
CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE department (
    id       BIGINT       NOT NULL PRIMARY KEY,
    code     VARCHAR(10)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100),
    active   BOOLEAN      NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT department_code_unique UNIQUE (code)
);
