package vn.ocop.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The OCOP workflow application: Camunda 7 engine, webapps, REST and our own tables in one process. */
@SpringBootApplication
public class OcopApplication {

  public static void main(String[] args) {
    SpringApplication.run(OcopApplication.class, args);
  }
}
