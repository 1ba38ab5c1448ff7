insert into event_interest (name, description, is_active, created_at, updated_at) values
    ('Music & Concerts', 'Live music, concerts, gigs and festivals', true, current_timestamp, current_timestamp),
    ('Sports & Fitness', 'Playing and watching sports, workouts and runs', true, current_timestamp, current_timestamp),
    ('Food & Dining', 'Restaurants, food walks, cooking and tastings', true, current_timestamp, current_timestamp),
    ('Art & Culture', 'Exhibitions, theatre, heritage and crafts', true, current_timestamp, current_timestamp),
    ('Technology', 'Tech meetups, hackathons and product talks', true, current_timestamp, current_timestamp),
    ('Travel & Adventure', 'Trips, treks and outdoor adventures', true, current_timestamp, current_timestamp),
    ('Business & Networking', 'Networking, startups and professional events', true, current_timestamp, current_timestamp),
    ('Health & Wellness', 'Yoga, meditation and wellbeing', true, current_timestamp, current_timestamp),
    ('Education & Learning', 'Workshops, classes and talks', true, current_timestamp, current_timestamp),
    ('Entertainment', 'Comedy, movies, games and parties', true, current_timestamp, current_timestamp);
