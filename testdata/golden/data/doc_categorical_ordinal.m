% MATLAB's "Ordinal Categorical Arrays" and categorical reference examples.
A = {'medium' 'large';'small' 'medium'; 'large' 'small'};
valueset = {'small', 'medium', 'large'};
sizes = categorical(A,valueset,'Ordinal',true)
isordinal(sizes)
X = [1 3 2; 2 1 3; 3 1 2];
B = categorical(X,[1 2 3],{'small','medium','large'},'Ordinal',true)
% Relational operators compare ordinal categories by their order.
sizes < 'medium'
sizes(:,1) >= sizes(:,2)
B(1,:) > 'small'
