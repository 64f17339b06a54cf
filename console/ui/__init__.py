"""Qt widgets and models only: they show what the services and the domain say."""
