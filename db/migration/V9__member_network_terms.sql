-- Terms of Reference of each network, as text (the official document may also be uploaded as PDF).
alter table network add column terms_text text not null default '';

update network set terms_text = 'Purpose: the network fosters knowledge exchange among WHO Member States on intersectoral action on the social, economic and environmental determinants of health, as called for by World Health Assembly resolution WHA74.16.

Members: WHO Member States, through the government officials who coordinate action on social determinants nationally; local actors, civil society organizations and academic institutions may join later.

Activities: member engagement, country launches of the World report on social determinants of health equity, virtual meetings on best practice, webinars and capacity-building sessions, country case studies of good practice and lessons learned, and dedicated work streams for practitioners.

Secretariat: WHO coordinates the network, its meetings and its communication.'
where code = 'GKNHE';

update network set terms_text = 'Purpose: the network promotes health inequality monitoring at global, regional and country levels by raising awareness, supporting capacity strengthening and product development, and sharing best practices, tools and resources. Its mission is to support Member States with the monitoring of health inequalities, in line with resolution WHA74.16.

Members: institutions such as academic institutes and government agencies, including national statistics offices, each with named representatives. The network grows through an annual open call for applications judged against these terms.

Core principles: technical excellence, collaboration, diversity and inclusion, credibility, innovation.

Governance: WHO serves as the Secretariat; it selects and manages participation, coordinates activities, chairs network meetings and coordinates communication. A Steering Committee advises on plans and activities, meetings, technical working groups and operations.'
where code = 'HIM';
