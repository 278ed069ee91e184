package id.pokin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PokinApplication {

	public static void main(String[] args) {
		SpringApplication.run(PokinApplication.class, args);
	}

}
