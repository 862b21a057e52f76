package org.millwright.platform;

import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PlatformStorageIT extends IntegrationTest implements PlatformStorageContract {

    @Autowired
    JdbcTemplate jdbc;

    @Override
    public Api platformAdmin() {
        return admin;
    }

    @Override
    public Api anonymousClient() {
        return anonymous;
    }

    @Override
    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
